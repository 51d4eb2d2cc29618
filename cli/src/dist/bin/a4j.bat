@echo off
rem a4j: the Apprenticeships4J command line. Runs "java -jar lib\a4j.jar" with the arguments given.
rem   JAVA_HOME  the Java 17+ installation to use (default: the java command on the PATH)
rem   JAVA_OPTS  options for the Java virtual machine, separated by spaces, e.g. "-Xmx2g"
setlocal
set "A4J_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" %JAVA_OPTS% -jar "%A4J_HOME%\lib\a4j.jar" %*
exit /b %ERRORLEVEL%
