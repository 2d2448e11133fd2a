"""Domain: typed SQLAlchemy models, enums and value rules (BSN, consent, names, dates).

Importing the package loads nothing: the value rules are needed before SQLAlchemy is (the
unlock window and the wizard use them), so the models live in their own modules and
`expertteam_app.domain.models` gathers them.
"""
