"""The toy provider: an offline simulated model that makes evolution observable for free."""

from dgm.toy.provider import ToyProvider

__all__ = ["ToyProvider"]
