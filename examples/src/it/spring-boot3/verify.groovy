// The application ran to its end and every answer was right (a mismatch already fails the build with exit code 1),
// and the library did not print Hibernate Validator's start-up line into the application's output.
def log = new File(basedir, 'build.log').text
if (!log.contains('CONSUMER OK')) {
  throw new AssertionError('the application did not report CONSUMER OK: see build.log')
}
if (log.contains('HV000001')) {
  throw new AssertionError("Hibernate Validator's start-up line reached the application's output: see build.log")
}
