import pytest

from appconfig import Settings, load_settings


def test_mapping_parameter(monkeypatch):
    monkeypatch.setenv("APP_NAME", "from-os")
    env = {"APP_NAME": "given", "APP_DEBUG": "yes"}
    assert load_settings(env) == Settings(name="given", port=8000, debug=True)
    assert env == {"APP_NAME": "given", "APP_DEBUG": "yes"}


def test_empty_mapping_means_defaults(monkeypatch):
    monkeypatch.setenv("APP_PORT", "1234")
    assert load_settings({}) == Settings(name="app", port=8000, debug=False)


def test_none_uses_os_environ(monkeypatch):
    monkeypatch.setenv("APP_PORT", "1234")
    assert load_settings(None).port == 1234


@pytest.mark.parametrize("port", ["abc", "0", "70000", ""])
def test_bad_port(port):
    with pytest.raises(ValueError, match="APP_PORT"):
        load_settings({"APP_PORT": port})
