"""Word lists shipped with newslint (sources and licences in lexicon/CREDITS.md)."""
