from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_model_class.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_cls = resolve('cls')
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield 'class '
    yield str(environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'name'))
    yield '(BaseModel):\n'
    if (not t_1(environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'docstring'))):
        pass
        if ('\n' in environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'docstring')):
            pass
            yield '    """\n    '
            yield str(environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'docstring'))
            yield '\n    """\n'
        else:
            pass
            yield '    """'
            yield str(environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'docstring'))
            yield '"""\n'
        yield '\n'
    yield '    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)\n'
    for l_1_f in environment.getattr((undefined(name='cls') if l_0_cls is missing else l_0_cls), 'fields'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_f, 'annotation'))
        if (not t_1(environment.getattr(l_1_f, 'default'))):
            pass
            yield ' = '
            yield str(environment.getattr(l_1_f, 'default'))
        yield '\n'
        if t_1(environment.getattr(l_1_f, 'docstring')):
            pass
        elif ('\n' in environment.getattr(l_1_f, 'docstring')):
            pass
            yield '    """\n    '
            yield str(environment.getattr(l_1_f, 'docstring'))
            yield '\n    """\n'
        else:
            pass
            yield '    """'
            yield str(environment.getattr(l_1_f, 'docstring'))
            yield '"""\n'
    l_1_f = missing

blocks = {}
debug_info = '6=19&7=21&8=23&10=26&13=31&18=35&19=39&20=47&21=49&23=52&26=57'