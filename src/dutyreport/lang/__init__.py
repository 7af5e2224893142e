"""Every word table of the library, and nothing else: the language the stages read.

Each table is a tuple of :class:`~dutyreport.lang.entry.Entry` (a word, its typed value, an example)
or :class:`~dutyreport.lang.entry.PatternEntry` (a pattern, an example), in the module of the stage
that reads it: ``numbers`` (numerals, units, qualifiers), ``noise`` and ``corruptions`` (site chrome,
spam, damage), ``docnumbers`` (文号), ``headings`` and ``tables`` (the outline, flattened tables),
``metadata``, ``subjects``, ``figures`` and ``figure_years`` (the words around a figure: what it
measures; how it is bounded and what kind it is; which year it belongs to), ``findings``;
``punctuation`` holds the break characters and ``dates`` the one ``YEAR`` pattern. Every example is
read back by a test through its stage, and ``tests/lang/test_guard.py`` fails for a table no test
reads.
"""
