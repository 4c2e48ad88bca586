def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven 3.9 checks the plugin's required Java itself; Maven 3.8 runs the goal, which checks it
// the goal says it in Chinese unless lantu.lang is en (a log in another encoding keeps its ASCII words)
assert log =~ /Java 21 .*Java 17 .*JAVA_HOME=/ || log =~ /requires Java version 21|Java version 21/
assert !log.contains('UnsupportedClassVersionError')
assert !log.contains('has been compiled by a more recent version')
return true
