"""PDF documents drawn with reportlab: the advice letter and a meeting's agenda and minutes.

Import these modules only when a document is made: reportlab is slow to import and the
window must open fast. Every function here takes plain dataclasses and returns bytes; the
services gather the data, check roles, log the access and write the file atomically.
"""
