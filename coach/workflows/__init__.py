"""What a user asks for, built from the analyzers: suggestions (``suggest``), a session plan (``plan``),
a review of session notes (``review``) and the one note-analysis path it shares with program
scoring (``notes``).
"""
