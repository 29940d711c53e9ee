from ..util import twice
from .. import TOP
from ..sub import __name__ as subname
import rel.util as util
RESULT = twice("d") + TOP + util.__name__ + subname
