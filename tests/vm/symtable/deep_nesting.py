# Deeply nested functions and classes.
def l1(a):
    def l2(b):
        class L3:
            c = a

            def l4(self, d):
                def l5(e):
                    def l6():
                        return a + b + d + e + c

                    return l6

                return l5

        return L3

    return l2
