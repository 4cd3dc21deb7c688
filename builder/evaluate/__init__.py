"""Evaluate: scores the extraction against gold data, apart from the product. In: the seeds' build and
the gold corpora in ../shared (PolNeAR dev, MEANTIME). Out: a table of scores checked against
``eval/gates.yml`` (``python -m builder.evaluate``, ``make eval``)."""
