"""The Caesar shift cipher."""


def encode(text: str, shift: int) -> str:
    """Shift every letter of `text` by `shift` places."""
    out = []
    for char in text:
        if char.isalpha():
            out.append(chr(ord(char) + shift))
        else:
            out.append(char)
    return "".join(out)


def decode(text: str, shift: int) -> str:
    """Undo `encode(text, shift)`."""
    return encode(text, -shift)
