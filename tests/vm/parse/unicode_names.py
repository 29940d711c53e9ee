café = 1
日本語 = 2
ﬁle = 3
ℌ = 4
Δx = café + 日本語 + ﬁle
class Ünïcödé:
    ä = "ä"
def ƒ(α, β=2, *γ, δ, **ε): return α
x = "日本語" 'ünïcödé' "\u00e9"
