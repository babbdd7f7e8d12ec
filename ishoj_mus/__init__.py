"""Ishøj MUS – the yearly development conversation (MUS), guided by Ishøj Kommune's
framework *Grundlag for lederskab og følgeskab*."""

__version__ = "0.1.0"
APP_NAME = "Ishøj MUS"
