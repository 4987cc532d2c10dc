from appconfig import Settings, load_settings


def test_defaults(monkeypatch):
    for key in ("APP_NAME", "APP_PORT", "APP_DEBUG"):
        monkeypatch.delenv(key, raising=False)
    assert load_settings() == Settings(name="app", port=8000, debug=False)


def test_from_environment(monkeypatch):
    monkeypatch.setenv("APP_NAME", "shop")
    monkeypatch.setenv("APP_PORT", "9000")
    monkeypatch.setenv("APP_DEBUG", "true")
    assert load_settings() == Settings(name="shop", port=9000, debug=True)
