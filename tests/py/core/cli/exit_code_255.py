# Pins exit status 255 and that sys.exit accepts large-but-valid codes.
import sys
print("exiting 255")
sys.exit(255)
