"""Errors a user can meet, each with a message meant to be read by a person."""


class CoachError(Exception):
    """Base of every error the product reports as a message rather than a traceback."""


class InputError(CoachError, ValueError):
    """The user's input cannot be analysed as given (empty, not text, unknown option...)."""


class ModelUnavailable(CoachError, RuntimeError):
    """A model package is not installed or a configured model path does not hold a model."""
