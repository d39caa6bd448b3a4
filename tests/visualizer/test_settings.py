"""A settings file is a file the app opens: damaged or hand-edited, it must never crash the app."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings

from mnist_visualizer.visualizer.settings import CHECKS, read_settings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_a_settings_file_give_only_valid_values(tmp_path, data):
    path = tmp_path / "settings.ini"
    path.write_bytes(data)
    values = read_settings(QSettings(str(path), QSettings.IniFormat))
    assert set(values) <= set(CHECKS)
    for key, value in values.items():
        assert CHECKS[key](value) is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(CHECKS)),
       value=st.one_of(st.text(max_size=30), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=True), st.booleans()))
def test_any_stored_value_is_checked(tmp_path, key, value):
    s = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    s.setValue(key, value)
    s.sync()
    values = read_settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    if key in values:
        assert CHECKS[key](values[key]) is not None
        assert not isinstance(values[key], QByteArray) or not values[key].isEmpty()
