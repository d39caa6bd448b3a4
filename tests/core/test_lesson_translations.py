"""Lessons in other languages: a `<lesson>.<code>.toml` beside the lesson lays its texts over the
English ones; a translation that does not fit the lesson is a LessonError naming file, step, field."""

import shutil
import tomllib

import pytest

from mnist_visualizer.core.lessons import (ENGLISH_NUMBERS, LessonError, NumberWriting, builtin_lessons,
                                           check_translations, fill_caption, lesson_states, lessons_dir,
                                           load_lesson, translate_lesson, translations_of)

LESSON = '''
title = "Test lesson"
description = "Two steps."

[[steps]]
title = "Start"
caption = "Guessing: {accuracy} right, p_7 = {p_7}."
weights = "fresh"
learning_rate = 0.5
canvas = { test_image = 0 }

[[steps]]
title = "Softmax"
caption = """
p_j = e^{l_j} / Σ_k e^{l_k}: the loss is {loss}."""
'''

# The sample translation (for the tests only: the shipped ones are the translators').
GERMAN = '''
title = "Testlektion"

[[steps]]
title = "Anfang"
caption = "Geraten: {accuracy} richtig, p_7 = {p_7}."

[[steps]]
title = "Softmax"
caption = """
p_j = e^{l_j} / Σ_k e^{l_k}: der Verlust ist {loss}."""
'''


@pytest.fixture
def lesson_path(tmp_path):
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON, encoding="utf-8")
    return path


def write_german(lesson_path, text=GERMAN):
    path = lesson_path.with_name("lesson.de.toml")
    path.write_text(text, encoding="utf-8")
    return path


def test_a_translation_lays_its_texts_over_the_english_lesson(lesson_path):
    write_german(lesson_path)
    english = load_lesson(lesson_path)
    german = load_lesson(lesson_path, language="de")
    assert (german.title, german.language) == ("Testlektion", "de")
    assert german.description == "Two steps."   # left out: the English one stays
    assert [s.title for s in german.steps] == ["Anfang", "Softmax"]
    assert german.steps[0].caption == "Geraten: {accuracy} richtig, p_7 = {p_7}."
    # everything but the texts is the English lesson's
    assert [s.__class__(**{**vars(s), "title": "", "caption": ""}) for s in german.steps] == \
        [s.__class__(**{**vars(s), "title": "", "caption": ""}) for s in english.steps]
    assert german.english == english
    states = lesson_states(german)
    assert states[0].title == "Anfang" and states[0].learning_rate == 0.5
    # back to English, or on to a language without a file: the English texts
    assert translate_lesson(german, "en") == english
    assert translate_lesson(german, "fr") == english
    assert load_lesson(lesson_path, language="en") == english
    assert translations_of(english) == {"de": lesson_path.with_name("lesson.de.toml")}


@pytest.mark.parametrize("change, wanted", [
    # a step too few
    (lambda t: t[:t.rindex("[[steps]]")],
     'lesson.de.toml: steps must be 2 [[steps]] tables, one for each step of lesson.toml in its order, got 1'),
    # a caption missing
    (lambda t: t.replace('caption = "Geraten: {accuracy} richtig, p_7 = {p_7}."', ""),
     'lesson.de.toml, step 1 ("Anfang"): caption is missing: every step\'s title and caption are translated'),
    # a placeholder dropped and one misspelt
    (lambda t: t.replace("{accuracy} richtig, p_7 = {p_7}", "richtig, p_7 = {p7}"),
     'lesson.de.toml, step 1 ("Anfang"): caption must have the English caption\'s placeholders '
     '({accuracy}, {p_7}): {accuracy} is missing, {p_7} is missing, {p7} is not in the English caption'),
    # a setting in a translation
    (lambda t: t.replace('title = "Anfang"', 'title = "Anfang"\nlearning_rate = 0.1'),
     'lesson.de.toml, step 1 ("Anfang"): unknown field "learning_rate" (fields: title, caption): '
     'a translation holds only texts (the settings are the lesson\'s)'),
    # the lesson's title missing
    (lambda t: t.replace('title = "Testlektion"', ""),
     "lesson.de.toml: title is missing: the translation gives the lesson's title"),
    # not TOML
    (lambda t: t + "\n[[steps]\n", "lesson.de.toml: TOML syntax error"),
])
def test_a_translation_that_does_not_fit_is_an_error_naming_file_step_and_field(lesson_path, change, wanted):
    write_german(lesson_path, change(GERMAN))
    with pytest.raises(LessonError) as caught:
        load_lesson(lesson_path, language="de")
    assert str(caught.value).startswith(wanted), str(caught.value)
    english = load_lesson(lesson_path)   # the English lesson is not touched by its translation
    assert english.title == "Test lesson"
    assert [p.split(":")[0] for p in check_translations(english)] == \
        [p.split(":")[0] for p in caught.value.problems]


def test_every_problem_of_a_translation_is_said_at_once(lesson_path):
    write_german(lesson_path, GERMAN.replace("{loss}", "").replace('title = "Anfang"', "title = 3"))
    with pytest.raises(LessonError) as caught:
        load_lesson(lesson_path, language="de")
    assert len(caught.value.problems) == 2
    assert "step 1" in caught.value.problems[0] and "title must be non-empty text" in caught.value.problems[0]
    assert "step 2" in caught.value.problems[1] and "{loss} is missing" in caught.value.problems[1]


def test_the_built_in_lesson_translated_whole_keeps_its_placeholders_and_formulas(tmp_path):
    """A translation of every text of the built-in lesson (each wrapped in « »), as a translator's
    file would be: it loads, and each caption keeps its numbers' places; the translations shipped
    beside the built-in lessons have no problems, and are not lessons of their own."""
    english = load_lesson("course")
    shutil.copy(lessons_dir() / "course.toml", tmp_path / "course.toml")
    lines = [f'title = "«{english.title}»"', ""]
    for step in english.steps:
        lines += ["[[steps]]", f"title = {toml_string('«' + step.title + '»')}",
                  f"caption = {toml_string('«' + step.caption + '»')}", ""]
    (tmp_path / "course.zh_CN.toml").write_text("\n".join(lines), encoding="utf-8")
    assert tomllib.loads("\n".join(lines))
    translated = load_lesson(tmp_path / "course.toml", language="zh_CN")
    assert all(t.caption == f"«{e.caption}»" for t, e in zip(translated.steps, english.steps))
    values = {"accuracy": 0.923, "p_7": 0.5, "loss": 0.69, "p_7_before": 0.1}
    for t, e in zip(translated.steps, english.steps):
        assert fill_caption(t.caption, values) == f"«{fill_caption(e.caption, values)}»"
    for name in builtin_lessons():
        assert "." not in name
        assert check_translations(load_lesson(name)) == []


def toml_string(text: str) -> str:
    return '"""\n' + text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + '"""'


def test_caption_numbers_are_written_as_the_window_says():
    """The window passes the language's way of writing numbers; English is the default, as before."""
    german = NumberWriting(percent=lambda f, d: f"{100 * f:.{d}f} %".replace(".", ","),
                           number=lambda v, d: f"{v:,.{d}f}".replace(",", " ").replace(".", ","))
    caption = "{accuracy}, {p_7}, {loss}, {examples}"
    values = {"accuracy": 0.923, "p_7": 0.25, "loss": 1.234, "examples": 60000}
    assert fill_caption(caption, values) == fill_caption(caption, values, numbers=ENGLISH_NUMBERS) \
        == "92.3%, 25%, 1.23, 60,000"
    assert fill_caption(caption, values, numbers=german) == "92,3 %, 25 %, 1,23, 60 000"
