from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_external = resolve('external')
    l_0_import_sections = resolve('import_sections')
    l_0_lazy = resolve('lazy')
    l_0_classes = resolve('classes')
    l_0_params = resolve('params')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '"""Models of the '
    yield str(t_1((undefined(name='title') if l_0_title is missing else l_0_title), 0))
    yield ', generated from its schemas.\n\nEvery model keeps fields it does not declare (``extra="allow"``), so data the spec does not\ndescribe, such as custom fields, survives a round trip through ``model_dump``.\n"""\n\n'
    if (not t_2((undefined(name='external') if l_0_external is missing else l_0_external))):
        pass
        yield str((undefined(name='external') if l_0_external is missing else l_0_external))
        yield '\n'
    else:
        pass
        yield 'from __future__ import annotations\n'
        for l_1_section in (undefined(name='import_sections') if l_0_import_sections is missing else l_0_import_sections):
            _loop_vars = {}
            pass
            yield '\n'
            for l_2_line in l_1_section:
                _loop_vars = {}
                pass
                yield str(l_2_line)
                yield '\n'
            l_2_line = missing
        l_1_section = missing
        if environment.getattr((undefined(name='lazy') if l_0_lazy is missing else l_0_lazy), 'names'):
            pass
            yield '\nif TYPE_CHECKING:\n'
            for l_1_line in environment.getattr((undefined(name='lazy') if l_0_lazy is missing else l_0_lazy), 'imports'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_1_line)
                yield '\n'
            l_1_line = missing
            yield 'else:  # far classes: imported on the first value to validate, see _lazy.model\n'
            for (l_1_module, l_1_name) in environment.getattr((undefined(name='lazy') if l_0_lazy is missing else l_0_lazy), 'names'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_1_name)
                yield ' = _lazy.model(__package__, "'
                yield str(l_1_module)
                yield '", "'
                yield str(l_1_name)
                yield '")\n'
            l_1_module = l_1_name = missing
        for l_1_cls in (undefined(name='classes') if l_0_classes is missing else l_0_classes):
            _loop_vars = {}
            pass
            yield '\n\n'
            template = environment.get_template('_model_class.py.j2', 'models.py.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'cls': l_1_cls}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        l_1_cls = missing
        for l_1_param in (undefined(name='params') if l_0_params is missing else l_0_params):
            _loop_vars = {}
            pass
            yield '\n\nclass '
            yield str(environment.getattr(l_1_param, 'name'))
            yield '(TypedDict, total=False):\n    """``'
            yield str(environment.getattr(l_1_param, 'model'))
            yield '`` as a dict: what an argument taking the model also takes."""\n\n'
            for (l_2_key, l_2_annotation) in environment.getattr(l_1_param, 'fields'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_2_key)
                yield ': '
                yield str(l_2_annotation)
                yield '\n'
            l_2_key = l_2_annotation = missing
            if (not environment.getattr(l_1_param, 'fields')):
                pass
                yield '    pass\n'
        l_1_param = missing

blocks = {}
debug_info = '1=30&7=32&8=34&11=39&13=43&14=46&17=50&20=53&21=57&24=61&25=65&28=72&31=76&33=83&36=87&37=89&39=91&40=95&42=100'