from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'webhooks.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_webhook_imports = resolve('webhook_imports')
    l_0_webhook_union = resolve('webhook_union')
    l_0_webhook_events = resolve('webhook_events')
    l_0_timestamp_fields = l_0_coverage = l_0_signed = l_0_unsigned = missing
    try:
        t_1 = environment.filters['comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'comment' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_8 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_9 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_10 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_11 = environment.filters['wordwrap']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'wordwrap' found.")
    pass
    l_0_timestamp_fields = ['created', 'created_at', 'issued_at', 'sent_at', 't', 'time', 'timestamp', 'ts']
    context.vars['timestamp_fields'] = l_0_timestamp_fields
    context.exported_vars.add('timestamp_fields')
    def macro(l_1_message, l_1_events, l_1_keyed):
        t_12 = []
        l_1_keys = l_1_fields = l_1_stamps = missing
        if l_1_message is missing:
            l_1_message = undefined("parameter 'message' was not provided", name='message')
        if l_1_events is missing:
            l_1_events = undefined("parameter 'events' was not provided", name='events')
        if l_1_keyed is missing:
            l_1_keyed = undefined("parameter 'keyed' was not provided", name='keyed')
        pass
        l_1_keys = []
        def t_13(fiter):
            for l_2_piece in fiter:
                if ('}' in l_2_piece):
                    yield l_2_piece
        for l_2_piece in t_13(context.call(environment.getattr(l_1_message, 'split'), '{')[1:]):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr((undefined(name='keys') if l_1_keys is missing else l_1_keys), 'append'), environment.getitem(context.call(environment.getattr(l_2_piece, 'split'), '}', _loop_vars=_loop_vars), 0), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_piece = l_2__ = missing
        l_1_fields = t_5(context.eval_ctx, t_8(context, (undefined(name='keys') if l_1_keys is missing else l_1_keys), 'in', ['secret', 'body']))
        l_1_stamps = []
        def t_14(fiter):
            for l_2_key in fiter:
                if (context.call(environment.getattr(environment.getitem(context.call(environment.getattr(l_2_key, 'split'), '.'), -1), 'lower')) in (undefined(name='timestamp_fields') if l_0_timestamp_fields is missing else l_0_timestamp_fields)):
                    yield l_2_key
        for l_2_key in t_14((undefined(name='fields') if l_1_fields is missing else l_1_fields)):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr((undefined(name='stamps') if l_1_stamps is missing else l_1_stamps), 'append'), l_2_key, _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_key = l_2__ = missing
        t_12.extend((
            'Events ',
            str(t_4(context.eval_ctx, l_1_events, ', ')),
            ': signed message `',
            str(l_1_message),
            '`. ',
        ))
        if ('body' in (undefined(name='keys') if l_1_keys is missing else l_1_keys)):
            pass
            t_12.append(
                "It covers the whole raw body, so the event's name and payload as sent cannot be changed without detection (an event name passed separately as `event=` is not covered).",
            )
        elif (undefined(name='fields') if l_1_fields is missing else l_1_fields):
            pass
            t_12.append(
                'It covers only ',
            )
            l_2_loop = missing
            for l_2_key, l_2_loop in LoopContext((undefined(name='fields') if l_1_fields is missing else l_1_fields), undefined):
                _loop_vars = {}
                pass
                t_12.extend((
                    '`',
                    str(l_2_key),
                    '`',
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 17 in 'webhooks.py.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_key = missing
            t_12.extend((
                str((' and the secret' if ('secret' in (undefined(name='keys') if l_1_keys is missing else l_1_keys)) else cond_expr_undefined("the inline if-expression on line 17 in 'webhooks.py.j2' evaluated to false and no else section was defined."))),
                ': the event name, every other payload field and the headers are NOT covered, so anyone holding one genuine event can change them and it still verifies.',
            ))
        else:
            pass
            t_12.append(
                'It covers no field of the event: the signature proves nothing about its content.',
            )
        if (('secret' not in (undefined(name='keys') if l_1_keys is missing else l_1_keys)) and (not l_1_keyed)):
            pass
            t_12.append(
                ' Neither the secret nor an HMAC key goes into this signature: anyone can compute it, so it proves nothing about the sender.',
            )
        if (undefined(name='stamps') if l_1_stamps is missing else l_1_stamps):
            pass
            t_12.append(
                ' The timestamp ',
            )
            l_2_loop = missing
            for l_2_key, l_2_loop in LoopContext((undefined(name='stamps') if l_1_stamps is missing else l_1_stamps), undefined):
                _loop_vars = {}
                pass
                t_12.extend((
                    '`',
                    str(l_2_key),
                    '`',
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'webhooks.py.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_key = missing
            t_12.append(
                ' is signed: an event more than `tolerance` seconds from now is refused.',
            )
        else:
            pass
            t_12.append(
                ' No timestamp is signed, so a captured event verifies forever: pass `replay_guard=` to refuse a signature already accepted',
            )
            if ('body' not in (undefined(name='keys') if l_1_keys is missing else l_1_keys)):
                pass
                t_12.append(
                    ' (which, as the message is the same for every event with the same ',
                )
                l_2_loop = missing
                for l_2_key, l_2_loop in LoopContext((undefined(name='fields') if l_1_fields is missing else l_1_fields), undefined):
                    _loop_vars = {}
                    pass
                    t_12.extend((
                        '`',
                        str(l_2_key),
                        '`',
                        str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'webhooks.py.j2' evaluated to false and no else section was defined."))),
                    ))
                l_2_loop = l_2_key = missing
                t_12.append(
                    ', also refuses a later genuine one about the same object while the guard remembers it)',
                )
            t_12.append(
                '.',
            )
        return concat(t_12)
    context.exported_vars.add('coverage')
    context.vars['coverage'] = l_0_coverage = Macro(environment, macro, 'coverage', ('message', 'events', 'keyed'), False, False, False, context.eval_ctx.autoescape)
    yield '"""Incoming webhook events of the '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), 0))
    yield ': verify, then parse.\n\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.webhooks import unwrap\n\n    event = unwrap(request_body, headers=request_headers, secret="...")\n"""\n\nfrom __future__ import annotations\n'
    for l_1_section in (undefined(name='webhook_imports') if l_0_webhook_imports is missing else l_0_webhook_imports):
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
    yield '\n__all__ = [\n    "EVENTS",\n    "InMemoryReplayGuard",\n    "ReplayGuard",\n    "WebhookEvent",\n    "WebhookVerificationError",\n    "unwrap",\n]\n\nWebhookEvent = '
    yield str((undefined(name='webhook_union') if l_0_webhook_union is missing else l_0_webhook_union))
    yield '\n"""The payload of any event this API sends."""\n\nEVENTS: Mapping[str, object] = {\n'
    for (l_1_name, l_1_payload_type, l_1_summary) in (undefined(name='webhook_events') if l_0_webhook_events is missing else l_0_webhook_events):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_7(l_1_name))
        yield ': '
        yield str(l_1_payload_type)
        yield ','
        if l_1_summary:
            pass
            yield '  # '
            yield str(t_1(l_1_summary))
        yield '\n'
    l_1_name = l_1_payload_type = l_1_summary = missing
    yield '}\n"""Event name → payload type."""\n\n_SIGNATURES: Mapping[str, Signature] = {\n'
    def t_15(fiter):
        for l_1_w in fiter:
            if environment.getattr(l_1_w, 'signature'):
                yield l_1_w
    for l_1_w in t_15(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_7(environment.getattr(l_1_w, 'name')))
        yield ': Signature(\n        location='
        yield str(t_7(environment.getattr(environment.getattr(l_1_w, 'signature'), 'location')))
        yield ',\n        name='
        yield str(t_7(environment.getattr(environment.getattr(l_1_w, 'signature'), 'name')))
        yield ',\n        algorithm='
        yield str(t_7(environment.getattr(environment.getattr(l_1_w, 'signature'), 'algorithm')))
        yield ',\n        message='
        yield str(t_7(environment.getattr(environment.getattr(l_1_w, 'signature'), 'message')))
        yield ',\n    ),\n'
    l_1_w = missing
    yield '}\n\n\ndef unwrap(\n    payload: bytes | str,\n    headers: Mapping[str, str] | None = None,\n    *,\n    secret: str | None = None,\n    event: str | None = None,\n    replay_guard: ReplayGuard | None = None,\n    tolerance: float | None = DEFAULT_TOLERANCE,\n) -> WebhookEvent:\n    """Verify an incoming event\'s signature and parse it into its payload type.\n\n    What a valid signature proves, per event type (from the spec\'s `x-webhook-signature`):\n\n'
    l_0_signed = t_5(context.eval_ctx, t_10(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks'), 'signature'))
    context.vars['signed'] = l_0_signed
    context.exported_vars.add('signed')
    for (l_1_message, l_1_group) in t_3(environment, (undefined(name='signed') if l_0_signed is missing else l_0_signed), 'signature.message'):
        l_1_namespace = resolve('namespace')
        l_1_ns = missing
        _loop_vars = {}
        pass
        l_1_ns = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), keyed=True, _loop_vars=_loop_vars)
        _loop_vars['ns'] = l_1_ns
        def t_16(fiter):
            for l_2_w in fiter:
                if (not context.call(environment.getattr(context.call(environment.getattr(environment.getattr(environment.getattr(l_2_w, 'signature'), 'algorithm'), 'lower')), 'startswith'), 'hmac-')):
                    yield l_2_w
        for l_2_w in t_16(l_1_group):
            _loop_vars = {}
            pass
            if not isinstance(l_1_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_ns['keyed'] = False
        l_2_w = missing
        yield '    '
        yield str(t_2(t_11(environment, context.call((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), l_1_message, t_5(context.eval_ctx, t_6(context, t_6(context, l_1_group, attribute='name'), 'pyrepr')), environment.getattr((undefined(name='ns') if l_1_ns is missing else l_1_ns), 'keyed'), _loop_vars=_loop_vars), 84, break_long_words=False, break_on_hyphens=False)))
        yield '\n\n'
    l_1_message = l_1_group = l_1_namespace = l_1_ns = missing
    l_0_unsigned = t_5(context.eval_ctx, t_9(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks'), 'signature'))
    context.vars['unsigned'] = l_0_unsigned
    context.exported_vars.add('unsigned')
    if (undefined(name='unsigned') if l_0_unsigned is missing else l_0_unsigned):
        pass
        yield '    '
        yield str(t_2(t_11(environment, str_join(('Events ', t_4(context.eval_ctx, t_6(context, t_6(context, (undefined(name='unsigned') if l_0_unsigned is missing else l_0_unsigned), attribute='name'), 'pyrepr'), ', '), ' have no declared signature: they are refused when `secret` is given, and accepted unverified without one.', )), 84, break_long_words=False, break_on_hyphens=False)))
        yield '\n\n'
    yield '    Args:\n        payload: The raw request body, exactly as received.\n        headers: The request headers (needed when the signature travels in a header).\n        secret: The key shared with the API for signing events. When given, every event\n            must carry a valid signature; an event type without one is refused.\n        event: The event name, when it is not carried in the payload.\n        replay_guard: Refuses an event whose signature was already accepted, e.g.\n            `InMemoryReplayGuard(ttl=86400)` (per process; back it with a shared store\n            when several processes receive events).\n        tolerance: Seconds a signed timestamp may be away from now (`None`: no check);\n            only used when the signed message includes a timestamp.\n\n    Raises:\n        WebhookVerificationError: The signature does not match, is missing, is a replay or\n            too old, or the body is not an event.\n    """\n    return cast(\n        WebhookEvent,\n        unwrap_event(\n            payload,\n            headers,\n            secret=secret,\n            event=event,\n            payload_types=EVENTS,\n            signatures=_SIGNATURES,\n            replay_guard=replay_guard,\n            tolerance=tolerance,\n        ),\n    )\n'

blocks = {}
debug_info = '6=82&7=85&8=95&9=96&10=104&12=107&13=108&14=109&15=117&17=122&18=157&19=162&21=212&23=214&29=216&31=220&32=223&45=228&49=230&50=234&57=245&58=253&59=255&60=257&61=259&62=261&81=265&82=268&83=273&84=275&85=284&87=287&90=290&91=293&92=296'