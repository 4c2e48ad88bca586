def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('draft.plan 无法读取，未生成文档')
assert log.contains('1 份规划无法读取，未生成文档')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/lantu/park.html').isFile() : 'the plan that can be read is published before the build fails'
assert !new File(basedir, 'target/lantu/draft.html').exists()
return true
