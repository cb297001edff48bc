"""The default Word templates; installed inside vplan as the package interview.standaardsjablonen."""
