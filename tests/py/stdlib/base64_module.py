# base64 through binascii: standard, URL-safe, base32, base16, base85, ascii85.
import base64
print(base64.b64encode(b'\xfb\xff'), base64.urlsafe_b64encode(b'\xfb\xff'),
      base64.b64decode(b'+/8='), base64.b32encode(b'abc'), base64.b16decode(b'6162'))
print(base64.b85encode(b'hello'), base64.a85encode(b'hello'), base64.standard_b64decode('YQ=='))
