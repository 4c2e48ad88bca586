def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[space.parts] 起步区 area: parts 甲园 1107亩 + 乙园 1145亩 = 2252亩')
assert log.contains('the plans have 1 error(s)')
return true
