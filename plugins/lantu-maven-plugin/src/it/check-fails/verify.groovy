def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[space.parts] 起步区面积：各分区 甲园 1107亩 + 乙园 1145亩 = 2252亩')
assert log.contains('规划中有 1 个错误；详见上方各行')
def sarif = new File(basedir, 'target/lantu.sarif')
assert sarif.isFile() : 'the SARIF log is written before the build fails'
def text = sarif.getText('UTF-8')
assert text.contains('"ruleId": "space.parts"')
assert text.contains('"uri": "src/plans/start.plan", "uriBaseId": "SRCROOT"')
assert text.contains('"version": "2.1.0"')
return true
