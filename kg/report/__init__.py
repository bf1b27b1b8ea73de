"""The analyst report: who cooperates with whom, on what evidence.

:func:`kg.report.builder.build_report` assembles the report as data (sections, tables,
charts, claims with citations) from the analysis results; :mod:`kg.report.markdown` and
:mod:`kg.report.html` render that one structure; :func:`kg.report.writer.write_report`
writes everything atomically. Nothing heavy is imported here.
"""
