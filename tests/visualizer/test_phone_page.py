"""The phone page in a real browser: Debian's headless chromium, through its chromedriver (nothing
downloaded), at a phone's size, on loopback. A finger (touch pointer events) draws a digit, Send
sends it, the page thanks; the app's queue shows it, accepting it puts it in the gallery and the
class-digits folder."""

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mnist_visualizer.core.collect.class_digits import ClassDigits

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
PHONE = (390, 844)   # CSS pixels of a common phone
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")


def phone_browser(profile: Path):
    """Headless chromium at a phone's size, with touch, its profile in ``profile``."""
    os.environ["SE_OFFLINE"] = "true"   # Selenium Manager must not look for a browser online
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile"})
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


def draw_with_a_finger(driver, element, points):
    """A touch from the first point through the others, in CSS pixels from the element's centre."""
    from selenium.webdriver.common.actions import interaction
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.actions.pointer_input import PointerInput

    actions = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
    finger = actions.pointer_action
    finger.move_to(element, *points[0]).pointer_down()
    for x, y in points[1:]:
        finger.move_to(element, x, y)
    finger.pointer_up()
    actions.perform()


def test_a_phone_draws_sends_and_the_teacher_accepts(open_window, small_dataset, tmp_path, qtbot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    w = open_window(small_dataset, trainer="thread")
    w.class_digits.options = {"folder": tmp_path / "class-digits", "host": "127.0.0.1", "port": 0}
    w.class_digits.show()
    qtbot.addWidget(w.class_digits.panel)
    panel = w.class_digits.panel
    driver = phone_browser(tmp_path / "profile")
    try:
        driver.get(panel.collecting.url)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "digit").text.isdigit())
        asked = int(driver.find_element(By.ID, "digit").text)
        assert driver.execute_script("return window.innerWidth") == PHONE[0]
        pad = driver.find_element(By.ID, "pad")
        assert pad.size["width"] > 300      # the pad fills the phone's width
        driver.find_element(By.CSS_SELECTOR, "#digits button[data-digit='7']").click()   # another digit
        assert "7" in driver.find_element(By.ID, "ask").text
        # a 7: the bar, then the stem
        draw_with_a_finger(driver, pad, [(-90, -110), (-30, -112), (30, -110), (90, -108),
                                         (60, -40), (30, 30), (0, 100), (-10, 130)])
        send = driver.find_element(By.ID, "send")
        assert send.is_enabled()
        send.click()
        WebDriverWait(driver, 10).until(lambda d: "Thank you" in d.find_element(By.ID, "status").text)
        next_ask = int(driver.find_element(By.ID, "digit").text)
        assert next_ask != 7 and not driver.find_element(By.ID, "send").is_enabled()   # a fresh pad
        assert asked != 7 or next_ask != 7
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)

    qtbot.waitUntil(lambda: panel.queue.count() == 1, timeout=5000)
    assert panel.queue.item(0).text() == "7" and panel.gallery.grid.count() == 0
    qtbot.keyClick(panel, Qt.Key_Return)       # accept
    assert panel.queue.count() == 0 and panel.gallery.grid.count() == 1
    panel.collecting.wait_saved()
    kept = ClassDigits.open(tmp_path / "class-digits")
    assert kept.counts()[7] == 1
    image = kept.train.images[0].reshape(28, 28)
    assert image.max() == 255 and (image > 0).sum() > 40          # ink, through MNIST's recipe
    strokes = kept.strokes("train", 0)
    assert len(strokes) == 1 and len(strokes[0]) >= 6              # the finger's path, replayable


def test_the_page_in_the_apps_language(tmp_path):
    """The texts the app hands the server are what the phone shows (the digit asked for in bold
    where the language puts it), a text left out is English, and the page says its language."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from mnist_visualizer.core.collect.inbox import Inbox
    from mnist_visualizer.core.collect.server import CollectServer

    german = {"Draw a digit": "Zeichne eine Ziffer", "Draw a {digit}": "Zeichne eine {digit}!",
              "Send": "Senden", "Drew another digit? Tap it above.": "Andere Ziffer? Tippe sie oben an.",
              "drawing pad": "Zeichenfläche", "Draw a digit first.": "Zeichne erst eine Ziffer."}
    server = CollectServer(Inbox(), host="127.0.0.1", port=0, texts=german, language="de")
    server.start()
    driver = phone_browser(tmp_path / "profile")
    try:
        driver.get(server.url)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "digit").text.isdigit())
        asked = driver.find_element(By.ID, "digit").text
        assert driver.find_element(By.ID, "ask").text == f"Zeichne eine {asked}!"
        assert driver.title == "Zeichne eine Ziffer"
        assert driver.find_element(By.ID, "send").text == "Senden"
        assert driver.find_element(By.ID, "clear").text == "Clear"   # not given: English
        assert driver.find_element(By.ID, "hint").text == "Andere Ziffer? Tippe sie oben an."
        assert driver.find_element(By.ID, "pad").get_attribute("aria-label") == "Zeichenfläche"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
        driver.execute_script("send()")   # nothing drawn yet
        assert driver.find_element(By.ID, "status").text == "Zeichne erst eine Ziffer."
    finally:
        driver.quit()
        server.stop()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)
