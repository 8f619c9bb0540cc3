"""What the plans do and whose words they use: policy instruments, responsible agencies, text reuse.

``python -m analysis plantext`` regenerates ``data/processed/text_reuse.csv`` (``--check``
only compares). The district profile calls ``instrument_mix`` and ``most_copied``.
"""
