# Identifiers beyond ASCII (NFKC-normalized by the parser).
größe = 1
ﬁle = 2  # NFKC: "file"


class Ünïcode:
    __geheim = 1

    def méthode(self, паметар):
        return self.__geheim, паметар, größe


def 函数(参数):
    def 内部():
        return 参数

    return 内部
