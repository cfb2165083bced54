# The compiled walks of detectors/_walk.pyx: what detectors.page's page_text and gather_named read (see there).
from lxml import etree

def page_text(root: etree._Element) -> str: ...
def gather_named(root: etree._Element) -> tuple[list[str], list[str], list[tuple[int, etree._Element]], dict[str, str], list[str],
                                                list[str], list[str], list[etree._Element], str | None, list[str],
                                                list[etree._Element]]: ...
