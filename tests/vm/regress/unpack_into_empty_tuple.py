a = 'single' "double" '''triple
quoted''' """also
triple"""
()= r'\n raw' R"\d" u'unicode' U"x"; b2 = b'7f'
j = """a 'quote'`and "double" inside"""
k = ''
l = b''
