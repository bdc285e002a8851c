public enum AWConformance {}
