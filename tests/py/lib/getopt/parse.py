# Pins getopt.getopt and gnu_getopt: short options with and without values, clustered flags, long options with '=', unique prefixes, '--', GNU mixing, and GetoptError messages and .opt.
import getopt

argv = ["-a", "-bvalue", "-c", "cval", "--long", "--file=x.txt", "--num", "7", "rest", "-z", "--", "--not-opt"]
print(getopt.getopt(argv, "ab:c:z", ["long", "file=", "number="]))
print(getopt.gnu_getopt(argv, "ab:c:z", ["long", "file=", "number="]))
print(getopt.gnu_getopt(["x", "-a", "y"], "+a"), getopt.getopt(["-abc", "--lo"], "abc", "long"), getopt.getopt([], "a"), getopt.getopt(["-", "-a"], "a"))
for args, short, longs in ((["-q"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["long"]), (["--lo"], "", ["long", "loud"]),
                           (["--file"], "", ["file="]), (["--long=1"], "", ["long"])):
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), e.msg == str(e), getopt.error is getopt.GetoptError)
