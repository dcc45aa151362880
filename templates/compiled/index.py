"""Written by ``python -m generator.precompiled`` (``make templates``): the package
templates compiled by Jinja, and the template source each module was compiled from."""

JINJA_VERSION = '3.1.6'
INDEX: dict[str, tuple[str, str]] = {
    'README.md.j2': ('62577e3e3e050da3274820c4c289fb9029e2a4e8aec856633ccd4ae583893a55', 'tmpl_2c3c94218b04cca3377e24a907c35a25bb1629f6'),
    '__init__.py.j2': ('32e57d5ff922dadecd3aefadf6ab11459322109a402b33ee9f91e16470f486d4', 'tmpl_6603488622c2a289ae625a6b4d2a3c87429788e2'),
    '_client.py.j2': ('1cb5031179dacbca9c364ef9c50a2281b197c086d488c6be63023490b11e221a', 'tmpl_bedd90f394ac7cd590970f7e099892c7706e680c'),
    '_errors.py.j2': ('29216e2741989f46ed958a080e19a05d2d2d1c407191fd9dc19bb213aa6fd282', 'tmpl_e0cc8e9730fd215ffec4e0d5cceefb05eecacb7f'),
    '_model_class.py.j2': ('a3970672fb04975f6213726878433a53b93ab8d0b815b86a580512a69b0159b6', 'tmpl_f2ad586fd7ecf67bff9b4988a94020b21250b1ca'),
    'models.py.j2': ('c5b65d18780b58a9da5f1a2ef0c4dc4d55039524cb487b31a0a6d2beb0abe0f4', 'tmpl_669f533c18b75678293cc82d0b4730bec82fa019'),
    'models/__init__.py.j2': ('7a9f744fbd1b047b3a245128f745d59695e1620947999d8b98eeb0d26c08fa6f', 'tmpl_04637bfd883e5bf4ef7a04c4fd6069a30c155d46'),
    'py.typed.j2': ('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'tmpl_898ea99841e115c0c9acd4b45608cd3a1ecae12d'),
    'pyproject.toml.j2': ('14744e6ff4b42c48cf04813a14b0d8bcc8745d2ff79585818d894c7830bbc9bd', 'tmpl_fad5f6b9d569a292635c67e433cfbec384618c2c'),
    'resources/__init__.py.j2': ('5004f6bde1b2e7b20e1cddebac0ab798aef86a7fb960d7ad32d44f505db10c70', 'tmpl_29a612e664922643edb660aac48cd09bb189bf6f'),
    'resources/resource.py.j2': ('356277893cf4394fce2aea1d9f8a917cde100e10ffd47f10b88111e414ed159b', 'tmpl_c47b9ed738d2e9d5a098d204221f4d8b1fd8a071'),
    'webhooks.py.j2': ('6d730becd5586e83de42bb40a4bdb4c66533b6360a6ad30a9a7f2de2a3bc08c9', 'tmpl_aacd9fcff7dc77b7e4a8fa33091ee37c5506aae0'),
}
