def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('lantu.tolerance 应为 0 到 100 之间的百分数，如 5 或 5%，这里是“五个百分点”')
assert !log.contains('Exception:')
return true
