import os

# Every Qt test runs without a display; set before pytest-qt imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
