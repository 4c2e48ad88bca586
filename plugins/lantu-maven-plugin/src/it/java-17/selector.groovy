// only where a Java 17 is installed
return new File('/usr/lib/jvm/java-17-openjdk-amd64/bin/java').exists()
