# Pins sys.float_info key fields, epsilon arithmetic and denormals.
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(5e-324 / 2, 5e-324 * 0.5, fi.max * 2, -fi.max * 2, fi.min / 2 > 0)
