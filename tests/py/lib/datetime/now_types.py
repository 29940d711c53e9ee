# datetime: now/today/utcnow/fromtimestamp without printing the current time
import time
from datetime import datetime, date, timezone, timedelta

n = datetime.now()
u = datetime.utcnow()
t = date.today()
print(type(n).__name__, type(u).__name__, type(t).__name__, n.tzinfo, u.tzinfo)
print(n.year >= 2024, t.year >= 2024, abs(n.date() - t) <= timedelta(days=1))
print(abs(u - n) < timedelta(hours=27), datetime.today().tzinfo is None)
a = datetime.now(timezone.utc)
print(repr(a.tzinfo), abs(a.replace(tzinfo=None) - u) < timedelta(seconds=5))
print(abs(a.timestamp() - time.time()) < 5)
print(repr(datetime.utcfromtimestamp(0)), repr(datetime.utcfromtimestamp(1715949045.25)))
print(repr(datetime.utcfromtimestamp(-1.5)), repr(datetime.utcfromtimestamp(0.0000005)), repr(datetime.utcfromtimestamp(0.0000015)))
print(repr(datetime.fromtimestamp(1715949045, timezone.utc)), repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-8)))))
ts = 1700000000.5
local = datetime.fromtimestamp(ts)
print(local.tzinfo, local.microsecond, local.timestamp() == ts, date.fromtimestamp(ts) == local.date())
print(datetime(2024, 5, 17, 12).timestamp() == time.mktime((2024, 5, 17, 12, 0, 0, 0, 0, -1)))
aware = datetime(2024, 5, 17, 12, tzinfo=timezone.utc).astimezone()
print(type(aware.tzinfo).__name__, aware == datetime(2024, 5, 17, 12, tzinfo=timezone.utc))
