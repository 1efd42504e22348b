"""Text in, before any judgement: checks on what the user gave, parsing, sentences, dates, word lists.

Imports nothing above it (no model loading, no analyzer).
"""
