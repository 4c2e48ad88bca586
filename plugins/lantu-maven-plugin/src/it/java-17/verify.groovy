def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven 3.9 checks the plugin's required Java itself; Maven 3.8 runs the goal, which checks it
assert log.contains('Lantu needs Java 21 or newer, but this Maven runs on Java 17') || log =~ /requires Java version 21|Java version 21/
assert !log.contains('UnsupportedClassVersionError')
assert !log.contains('has been compiled by a more recent version')
return true
