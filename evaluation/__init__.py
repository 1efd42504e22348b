"""Labelled datasets with fixed splits, and the evaluation and benchmark runners."""
