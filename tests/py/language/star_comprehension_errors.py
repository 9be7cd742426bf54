for s in ['[*a for a in b]', '{*a for a in b}', '{**a for a in b}', '(*a for a in b)', 'f(*a for a in b)', '(*a)', '(**a)', 'print((*a))', '[*a]', '{**a}']:
    try:
        compile(s, 's', 'exec')
        print("ok", s)
    except SyntaxError as e:
        print(s, '->', e.msg)
