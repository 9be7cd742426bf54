# codecs.getreader over a byte stream (StreamReader.readline/read).
import codecs
import io
r = codecs.getreader('utf-8')(io.BytesIO('héllo\nwörld\n'.encode()))
print(r.readline(), r.read())
