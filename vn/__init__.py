"""The bottom package: Vietnamese text rules and wording, shared by every layer.

``db/``, ``exports/`` and ``desktop/`` all import from here, so that no rule (text cleaning,
accent folding, collation keys, dates, phones, field labels, message templates) is written
twice. It imports nothing of ours and never Qt.
"""
