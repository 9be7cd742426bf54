# The four quoting styles and implicit concatenation.
print('single')
print("double")
print('''triple
single''')
print("""triple
double""")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("con" "cat" 'en' """ation""")
print(repr(""), repr(''), len(""))
print('a' 'b'
      'c')
