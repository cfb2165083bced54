"""The compiled part of the build: ``detectors/_walk.pyx``, parse_page's tree walks in C (see its docstring).

Everything else is declared in pyproject.toml. The extension reads lxml's element structs and calls lxml's
public C API, so it is compiled against lxml's own headers (``lxml.get_include()``, libxml2's included) and must
run with an lxml of the same ABI: pyproject.toml pins one lxml major version for both the build and the install.
"""
import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

setup(ext_modules=cythonize(
    [Extension("detectors._walk", ["detectors/_walk.pyx"], include_dirs=lxml.get_include())],
    compiler_directives={"language_level": 3}))
