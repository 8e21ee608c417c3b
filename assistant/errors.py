"""The two kinds of error a user sees: bad input, and a store or model that cannot be used."""


class AssistantError(Exception):
    """Base class: the message is shown to the user as is, so it says what to do."""


class InputError(AssistantError):
    """A file, record, question or option that cannot be used."""


class StoreError(AssistantError):
    """The index or the embedding model cannot be opened or written."""
