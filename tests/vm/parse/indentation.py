def f():
	if x:
		return 1
	return 2
class A:
  def g(self):
      pass
  x = 1
# trailing comment
   # indented comment


last = 1